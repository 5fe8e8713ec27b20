package org.linli.hotline.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

import org.linli.identity.CurrentUser;
import org.linli.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where callbacks go: the hotline's URL and, if the hotline checks signatures, the secret
 * each body is signed with (HMAC-SHA256 in {@code X-Linli-Signature}). The secret is
 * never shown again once set.
 */
@Service
@Transactional
public class HotlineSettings {

	private static final Pattern URL = Pattern.compile("https?://[^\\s]{1,490}");

	private final JdbcClient jdbc;

	private final Clock clock;

	HotlineSettings(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Settings current() {
		return this.jdbc.sql("select callback_url, secret from hotline.settings")
			.query((rs, row) -> new Settings(rs.getString(1), rs.getString(2)))
			.optional()
			.orElse(new Settings(null, null));
	}

	/**
	 * Sets the callback URL (blank: no callbacks are sent, they wait); a null secret
	 * keeps the current one, a blank one removes it.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public Settings change(String callbackUrl, String secret) {
		String url = (callbackUrl == null || callbackUrl.isBlank()) ? null : callbackUrl.strip();
		if (url != null && !URL.matcher(url).matches()) {
			throw new InvalidInputException("callbackUrl", "hotline.error.callback-url");
		}
		String kept = Optional.ofNullable(secret).map(String::strip).orElse(current().secret());
		this.jdbc.sql("""
				insert into hotline.settings (id, callback_url, secret, updated_by, updated_at)
				values (true, :url, :secret, :by, :now)
				on conflict (id) do update set callback_url = excluded.callback_url, secret = excluded.secret,
				       updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
			.param("url", url)
			.param("secret", (kept == null || kept.isEmpty()) ? null : kept)
			.param("by", CurrentUser.scope().username())
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		return current();
	}

	public record Settings(String callbackUrl, String secret) {

		public boolean hasSecret() {
			return this.secret != null;
		}

	}

}
