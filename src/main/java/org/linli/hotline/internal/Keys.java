package org.linli.hotline.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.linli.audit.AuditEntry;
import org.linli.audit.AuditLog;
import org.linli.hotline.HotlineKeys;
import org.linli.identity.CurrentUser;
import org.linli.shared.apikey.ApiKeyTable;
import org.linli.shared.apikey.ApiKeyTable.IssuedKey;
import org.linli.shared.apikey.ApiKeyTable.KeyView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The keys hotline systems send tickets with ({@code hl_…}), issued and revoked by
 * administrators; every issue and revocation is audited.
 */
@Service
@Transactional
public class Keys implements HotlineKeys {

	private final ApiKeyTable table;

	private final AuditLog audit;

	Keys(JdbcClient jdbc, Clock clock, AuditLog audit) {
		this.table = new ApiKeyTable(jdbc, clock, "hotline.api_key", "hl_", 7, "hotline");
		this.audit = audit;
	}

	@PreAuthorize("hasRole('ADMIN')")
	public IssuedKey issue(String name) {
		IssuedKey issued = this.table.issue(name, CurrentUser.scope().username());
		record("HOTLINE_KEY_ISSUED", issued.view());
		return issued;
	}

	@Override
	public void registerKnown(String name, String key) {
		this.table.registerKnown(name, key);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public List<KeyView> all() {
		return this.table.all();
	}

	@PreAuthorize("hasRole('ADMIN')")
	public KeyView revoke(UUID id) {
		KeyView revoked = this.table.revoke(id);
		record("HOTLINE_KEY_REVOKED", revoked);
		return revoked;
	}

	/** The name of the key if it was issued and is not revoked. */
	Optional<String> check(String key) {
		return this.table.check(key).map(KeyView::name);
	}

	private void record(String action, KeyView key) {
		this.audit.record(new AuditEntry(CurrentUser.scope().username(), action, "hotline-key", key.id().toString(),
				Map.of("name", key.name(), "hint", key.hint())));
	}

}
