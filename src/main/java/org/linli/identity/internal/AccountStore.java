package org.linli.identity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.linli.identity.Accounts;
import org.linli.identity.LinliUser;
import org.linli.identity.NewAccount;
import org.linli.identity.Role;
import org.linli.identity.Scope;
import org.linli.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountStore implements Accounts, UserDetailsService {

	static final int LOCK_AFTER_FAILURES = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

	private static final String SELECT = """
			select username, display_name, password_hash, roles, area_codes, department_code, enabled, locked_until
			from identity.accounts""";

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	AccountStore(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
	}

	@Override
	@Transactional
	public void register(NewAccount account) {
		registerAll(List.of(account));
	}

	@Override
	@Transactional
	public void registerAll(List<NewAccount> accounts) {
		Map<String, String> hashes = new HashMap<>();
		for (NewAccount account : accounts) {
			check(account);
			insert(account, hashes.computeIfAbsent(account.password(), this.passwordEncoder::encode));
		}
	}

	private static void check(NewAccount account) {
		if (account.username() == null || !USERNAME.matcher(account.username()).matches()) {
			throw new InvalidInputException("username", "identity.error.username");
		}
		if (account.displayName() == null || account.displayName().isBlank() || account.displayName().length() > 100) {
			throw new InvalidInputException("displayName", "identity.error.display-name");
		}
		if (account.password() == null || account.password().length() < 8) {
			throw new InvalidInputException("password", "identity.error.password-too-short");
		}
		if (account.roles().isEmpty()) {
			throw new InvalidInputException("roles", "identity.error.no-role");
		}
	}

	private void insert(NewAccount account, String hash) {
		this.jdbc
			.sql("""
					insert into identity.accounts (username, display_name, password_hash, roles, area_codes, department_code)
					values (:username, :displayName, :hash, :roles, :areaCodes, :department)
					on conflict (username) do nothing""")
			.param("username", account.username())
			.param("displayName", account.displayName())
			.param("hash", hash)
			.param("roles", account.roles().stream().map(Role::name).sorted().toArray(String[]::new))
			.param("areaCodes", account.areaCodes().toArray(String[]::new))
			.param("department", account.departmentCode())
			.update();
	}

	@Override
	public Optional<Scope> scopeOf(String username) {
		return findUser(username).map(LinliUser::scope);
	}

	@Override
	public Optional<String> displayNameOf(String username) {
		return findUser(username).map(LinliUser::displayName);
	}

	@Override
	public List<AccountView> all() {
		return this.jdbc.sql(SELECT + " order by username").query((rs, row) -> {
			LinliUser user = toUser(rs);
			return new AccountView(user.getUsername(), user.displayName(),
					user.scope().roles().stream().sorted().toList(), user.scope().areaCodes(),
					user.scope().departmentCode(), user.isEnabled());
		}).list();
	}

	@Override
	public LinliUser loadUserByUsername(String username) {
		return findUser(username).orElseThrow(() -> new UsernameNotFoundException(username));
	}

	Optional<LinliUser> findUser(String username) {
		return this.jdbc.sql(SELECT + " where username = :username")
			.param("username", username)
			.query((rs, row) -> toUser(rs))
			.optional();
	}

	@Transactional
	void loginFailed(String username) {
		this.jdbc.sql("""
				update identity.accounts
				set failed_logins = failed_logins + 1,
				    locked_until = case when failed_logins + 1 >= :limit then :until else locked_until end
				where username = :username""")
			.param("limit", LOCK_AFTER_FAILURES)
			.param("until", Timestamp.from(Instant.now().plus(LOCK_DURATION)))
			.param("username", username)
			.update();
	}

	@Transactional
	void loginSucceeded(String username) {
		this.jdbc.sql("""
				update identity.accounts set failed_logins = 0, locked_until = null
				where username = :username and (failed_logins > 0 or locked_until is not null)""")
			.param("username", username)
			.update();
	}

	private static LinliUser toUser(ResultSet rs) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String role : strings(rs.getArray("roles"))) {
			roles.add(Role.valueOf(role));
		}
		Scope scope = new Scope(rs.getString("username"), roles, strings(rs.getArray("area_codes")),
				rs.getString("department_code"));
		Timestamp lockedUntil = rs.getTimestamp("locked_until");
		return new LinliUser(scope, rs.getString("display_name"), rs.getString("password_hash"),
				rs.getBoolean("enabled"), (lockedUntil != null) ? lockedUntil.toInstant() : null);
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

}
