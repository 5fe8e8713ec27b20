package org.linli.open311.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.linli.audit.AuditEntry;
import org.linli.audit.AuditLog;
import org.linli.identity.CurrentUser;
import org.linli.open311.Open311Keys;
import org.linli.shared.apikey.ApiKeyTable;
import org.linli.shared.apikey.ApiKeyTable.IssuedKey;
import org.linli.shared.apikey.ApiKeyTable.KeyView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The keys Open311 clients post with ({@code o311_…}), issued and revoked by
 * administrators; every issue and revocation is audited.
 */
@Service
@Transactional
public class ApiKeys implements Open311Keys {

	private final ApiKeyTable table;

	private final AuditLog audit;

	ApiKeys(JdbcClient jdbc, Clock clock, AuditLog audit) {
		this.table = new ApiKeyTable(jdbc, clock, "open311.api_key", "o311_", 8, "open311");
		this.audit = audit;
	}

	@PreAuthorize("hasRole('ADMIN')")
	public IssuedKey issue(String name) {
		IssuedKey issued = this.table.issue(name, CurrentUser.scope().username());
		record("OPEN311_KEY_ISSUED", issued.view());
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
		record("OPEN311_KEY_REVOKED", revoked);
		return revoked;
	}

	/** The id of the key if it was issued and is not revoked. */
	public Optional<UUID> check(String key) {
		return this.table.check(key).map(KeyView::id);
	}

	private void record(String action, KeyView key) {
		this.audit.record(new AuditEntry(CurrentUser.scope().username(), action, "open311-key", key.id().toString(),
				Map.of("name", key.name(), "hint", key.hint())));
	}

}
