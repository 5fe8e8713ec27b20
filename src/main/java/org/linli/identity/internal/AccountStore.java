package org.linli.identity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.linli.audit.AuditEntry;
import org.linli.audit.AuditLog;
import org.linli.identity.Accounts;
import org.linli.identity.CurrentUser;
import org.linli.identity.LinliUser;
import org.linli.identity.NewAccount;
import org.linli.identity.Role;
import org.linli.identity.Scope;
import org.linli.shared.ConflictException;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;
import org.linli.shared.NotFoundException;

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

	private static final Pattern AREA_CODE = Pattern.compile("[0-9]{6}|[0-9]{9}|[0-9]{12}|[0-9]{15}");

	/** The roles whose work is tied to areas. */
	private static final Set<Role> AREA_ROLES = EnumSet.of(Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.DISPATCHER,
			Role.LEADER);

	private static final String SELECT = """
			select username, display_name, password_hash, roles, area_codes, department_code, enabled, locked_until
			from identity.accounts""";

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog audit;

	AccountStore(JdbcClient jdbc, PasswordEncoder passwordEncoder, AuditLog audit) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
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

	private int insert(NewAccount account, String hash) {
		return this.jdbc
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
					user.scope().departmentCode(), user.isEnabled(), !user.isAccountNonLocked());
		}).list();
	}

	@Override
	@Transactional
	public void create(NewAccount account) {
		List<FieldProblem> problems = new ArrayList<>();
		if (account.username() == null || !USERNAME.matcher(account.username()).matches()) {
			problems.add(new FieldProblem("username", "identity.error.username"));
		}
		else if (findUser(account.username()).isPresent()) {
			problems.add(new FieldProblem("username", "identity.error.username-taken", account.username()));
		}
		if (account.displayName() == null || account.displayName().isBlank() || account.displayName().length() > 100) {
			problems.add(new FieldProblem("displayName", "identity.error.display-name"));
		}
		if (account.password() == null || account.password().length() < 8) {
			problems.add(new FieldProblem("password", "identity.error.password-too-short"));
		}
		if (account.roles().isEmpty()) {
			problems.add(new FieldProblem("roles", "identity.error.no-role"));
		}
		account.areaCodes()
			.stream()
			.filter((code) -> code == null || !AREA_CODE.matcher(code).matches())
			.forEach((code) -> problems.add(new FieldProblem("areaCodes", "identity.error.area-code", code)));
		if (account.areaCodes().isEmpty() && AREA_ROLES.stream().anyMatch(account.roles()::contains)) {
			problems.add(new FieldProblem("areaCodes", "identity.error.area-required"));
		}
		boolean handler = account.roles().contains(Role.DEPARTMENT_HANDLER);
		boolean department = account.departmentCode() != null && !account.departmentCode().isBlank();
		if (handler && !department) {
			problems.add(new FieldProblem("departmentCode", "identity.error.department-required"));
		}
		else if (!handler && department) {
			problems.add(new FieldProblem("departmentCode", "identity.error.department-not-allowed"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("identity.error.invalid", problems);
		}
		if (insert(account, this.passwordEncoder.encode(account.password())) == 0) {
			throw new InvalidInputException("identity.error.invalid",
					List.of(new FieldProblem("username", "identity.error.username-taken", account.username())));
		}
		Map<String, String> detail = new HashMap<>();
		detail.put("roles", String.join(",", account.roles().stream().map(Role::name).sorted().toList()));
		detail.put("areas", String.join(",", account.areaCodes()));
		if (department) {
			detail.put("department", account.departmentCode());
		}
		record("ACCOUNT_CREATED", account.username(), detail);
	}

	@Override
	@Transactional
	public void disable(String username) {
		if (username.equals(CurrentUser.scope().username())) {
			throw new ConflictException("identity.error.disable-self");
		}
		setEnabled(username, false);
	}

	@Override
	@Transactional
	public void enable(String username) {
		setEnabled(username, true);
	}

	@Override
	@Transactional
	public void unlock(String username) {
		required(username);
		int unlocked = this.jdbc.sql("""
				update identity.accounts set failed_logins = 0, locked_until = null
				where username = :username and (failed_logins > 0 or locked_until is not null)""")
			.param("username", username)
			.update();
		if (unlocked > 0) {
			record("ACCOUNT_UNLOCKED", username, Map.of());
		}
	}

	private void setEnabled(String username, boolean enabled) {
		required(username);
		int changed = this.jdbc
			.sql("update identity.accounts set enabled = :enabled where username = :username and enabled <> :enabled")
			.param("enabled", enabled)
			.param("username", username)
			.update();
		if (changed > 0) {
			record(enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", username, Map.of());
		}
	}

	private LinliUser required(String username) {
		return findUser(username).orElseThrow(() -> new NotFoundException("identity.error.not-found", username));
	}

	/** In the caller's transaction: the change and its audit entry commit together. */
	private void record(String action, String username, Map<String, String> detail) {
		this.audit.record(new AuditEntry(CurrentUser.scope().username(), action, "account", username, detail));
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
