package org.linli.deliberation.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.linli.area.Areas;
import org.linli.deliberation.Committee;
import org.linli.identity.Accounts;
import org.linli.identity.NewAccount;
import org.linli.identity.Role;
import org.linli.resident.HouseholdRegistry;
import org.linli.resident.HouseholdSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Self-governance in the demo street, loaded once after the demo street (in the
 * {@code demo} profile only): a council, an owners' committee and a supervisory committee
 * for 曹杨一村 whose members live in its building 1, and three matters walked through the
 * real workflow as the demo users — street lamps shared among a compound's households
 * from raising to the residents' convention, a lift for building 1 open for the owners'
 * vote, and a parking matter under discussion.
 */
@Component
@Profile("demo")
class DemoSelfGovernance {

	static final String COMMUNITY = "310107005001";

	static final String COMPOUND = "310107005001001";

	static final String BUILDING = "310107005001001001";

	static final String OTHER_GRID = "310107005001002";

	private static final String PASSWORD = "linli-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoSelfGovernance.class);

	/** Demo login → (room in building 1, committee). */
	private static final Map<String, Map.Entry<String, Committee>> MEMBERS = Map.of("council1",
			Map.entry("201", Committee.COUNCIL), "owners1", Map.entry("302", Committee.OWNERS_COMMITTEE), "supervisor1",
			Map.entry("401", Committee.SUPERVISORY_COMMITTEE));

	private final MatterService matters;

	private final Committees committees;

	private final Accounts accounts;

	private final HouseholdRegistry households;

	private final Areas areas;

	private final UserDetailsService users;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Properties text = new Properties();

	DemoSelfGovernance(MatterService matters, Committees committees, Accounts accounts, HouseholdRegistry households,
			Areas areas, UserDetailsService users, JdbcClient jdbc, Clock clock) {
		this.matters = matters;
		this.committees = committees;
		this.accounts = accounts;
		this.households = households;
		this.areas = areas;
		this.users = users;
		this.jdbc = jdbc;
		this.clock = clock;
		try (Reader reader = new InputStreamReader(
				new ClassPathResource("deliberation/demo.properties").getInputStream(), StandardCharsets.UTF_8)) {
			this.text.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		boolean loaded = this.jdbc.sql("select count(*) from deliberation.committee_member")
			.query(Long.class)
			.single() > 0;
		if (loaded || this.areas.find(BUILDING).isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		appointCommittees();
		lamps();
		lift();
		parking();
		log.info("Demo self-governance loaded in {} ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
	}

	private void appointCommittees() {
		Map<String, Long> doors = this.households.householdsUnder(BUILDING)
			.stream()
			.collect(Collectors.toMap(HouseholdSummary::room, HouseholdSummary::id));
		MEMBERS.forEach((username, seat) -> {
			this.accounts.register(new NewAccount(username, text(username + ".name"), PASSWORD, Set.of(Role.RESIDENT),
					List.of(COMPOUND), null));
			this.households.linkAccount(doors.get(seat.getKey()), username);
			this.committees.appoint(COMMUNITY, seat.getValue(), username, "staff1", this.clock.instant());
		});
	}

	/**
	 * 打平伙修路灯 (seed 002): a household vote of the compound, 3,000 yuan shared equally,
	 * three quotes compared, signed off, rated and written into the convention.
	 */
	private void lamps() {
		UUID id = as("resident1",
				() -> this.matters.raise(COMPOUND, text("lamps.title"), text("lamps.description"), null))
			.id();
		as("staff1", () -> this.matters.screen(id, true, null, null));
		as("resident1", () -> this.matters.comment(id, text("lamps.comment.1")));
		as("owners1", () -> this.matters.comment(id, text("lamps.comment.2")));
		meeting(id, "lamps", "COURTYARD", 41);
		as("council1", () -> this.matters.decide(id, true, text("lamps.council")));
		as("staff1", () -> this.matters.openVote(id, "HOUSEHOLD_MAJORITY", inDays(7), null, null));
		List<Voter> roll = this.jdbc.sql("""
				select household_id, building_code, room, floor, floor_area, owner_occupied, account_username
				  from deliberation.voter where matter_id = :id order by building_code, floor, room""")
			.param("id", id)
			.query((rs, row) -> new Voter(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getBigDecimal(5), rs.getBoolean(6), rs.getString(7)))
			.list();
		for (int i = 0; i < roll.size(); i++) {
			Voter voter = roll.get(i);
			String choice = (i % 11 == 3) ? "AGAINST" : (i % 13 == 5) ? "ABSTAIN" : "FOR";
			if (voter.accountUsername() != null) {
				as(voter.accountUsername(), () -> this.matters.ballot(id, choice, null, null));
			}
			else {
				as("staff1", () -> this.matters.ballot(id, choice, voter.householdId(), null));
			}
		}
		as("staff1", () -> this.matters.closeVote(id));
		as("owners1", () -> this.matters.planCost(id, new BigDecimal(text("lamps.cost")), "EQUAL", null, null));
		as("resident1", () -> this.matters.pledge(id, null));
		for (Voter voter : roll.subList(0, roll.size() / 2)) {
			if (voter.accountUsername() == null) {
				as("owners1", () -> this.matters.pledge(id, voter.householdId()));
				as("owners1", () -> this.matters.recordPayment(id, voter.householdId(), new BigDecimal("125.00")));
			}
		}
		for (int quote = 1; quote <= 3; quote++) {
			String prefix = "lamps.quote." + quote;
			as("owners1", () -> this.matters.addQuote(id, text(prefix), new BigDecimal(text(prefix + ".amount")),
					this.text.getProperty(prefix + ".note")));
		}
		long chosen = this.jdbc.sql("select id from deliberation.quote where matter_id = :id and supplier = :supplier")
			.param("id", id)
			.param("supplier", text("lamps.quote.2"))
			.query(Long.class)
			.single();
		as("owners1", () -> this.matters.chooseQuote(id, chosen, text("lamps.quote.reason")));
		as("owners1", () -> this.matters.startWork(id));
		for (int task = 1; task <= 2; task++) {
			String prefix = "lamps.task." + task;
			as("owners1", () -> this.matters.addTask(id, text(prefix), text(prefix + ".owner"), today(3)));
		}
		as("supervisor1", () -> this.matters.check(id, text("lamps.check")));
		as("owners1", () -> this.matters.reportProgress(id, text("lamps.progress.1"), List.of()));
		this.jdbc.sql("select id from deliberation.task where matter_id = :id order by id")
			.param("id", id)
			.query(Long.class)
			.list()
			.forEach((task) -> as("owners1", () -> this.matters.finishTask(id, task)));
		as("owners1", () -> this.matters.reportProgress(id, text("lamps.progress.2"), List.of()));
		as("owners1", () -> this.matters.completeWork(id));
		as("supervisor1", () -> this.matters.signOff(id, true, text("lamps.sign-off")));
		as("resident1", () -> this.matters.rate(id, "SATISFIED", text("lamps.rating")));
		as("council1", () -> this.matters.rate(id, "SATISFIED", null));
		as("owners1", () -> this.matters.rate(id, "BASICALLY_SATISFIED", null));
		as("council1", () -> this.matters.addToConvention(id, text("lamps.convention.title"),
				text("lamps.convention.text"), null));
		as("staff1", () -> this.matters.close(id));
	}

	/**
	 * 加装电梯 (seed 004) for building 1: discussed, costed by floor weights, and open for
	 * the owners' vote (at least 3/4, art. 278) for two weeks.
	 */
	private void lift() {
		UUID id = as("resident1",
				() -> this.matters.raise(BUILDING, text("lift.title"), text("lift.description"), null))
			.id();
		as("staff1", () -> this.matters.screen(id, true, null, null));
		as("council1", () -> this.matters.comment(id, text("lift.comment.1")));
		as("staff1", () -> this.matters.comment(id, text("lift.comment.2")));
		meeting(id, "lift", "BUILDING", 11);
		as("owners1",
				() -> this.matters.planCost(id, new BigDecimal(text("lift.cost")), "BY_FLOOR_WEIGHTS", null, null));
		as("council1", () -> this.matters.decide(id, true, text("lift.council")));
		as("staff1", () -> this.matters.openVote(id, "OWNERS_DOUBLE_MAJORITY_3_4", inDays(14), null, null));
	}

	private void parking() {
		UUID id = as("staff1",
				() -> this.matters.raise(OTHER_GRID, text("parking.title"), text("parking.description"), null))
			.id();
		as("staff1", () -> this.matters.screen(id, true, null, null));
		as("staff1", () -> this.matters.comment(id, text("parking.comment")));
	}

	private void meeting(UUID id, String prefix, String kind, int attendance) {
		as("council1", () -> this.matters.scheduleMeeting(id, kind, inDays(-2), text(prefix + ".meeting.place"),
				text(prefix + ".meeting.agenda")));
		long meeting = this.jdbc.sql("select id from deliberation.meeting where matter_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		as("council1", () -> this.matters.recordMinutes(id, meeting, attendance, text(prefix + ".meeting.attendees"),
				text(prefix + ".meeting.minutes")));
	}

	private String inDays(int days) {
		return this.clock.instant()
			.plus(Duration.ofDays(days))
			.atZone(MatterService.ZONE)
			.toOffsetDateTime()
			.toString();
	}

	private String today(int plusDays) {
		return LocalDate.now(this.clock.withZone(MatterService.ZONE)).plusDays(plusDays).toString();
	}

	private String text(String key) {
		return this.text.getProperty(key);
	}

	private void as(String username, Runnable step) {
		as(username, () -> {
			step.run();
			return null;
		});
	}

	/** Runs one step signed in as the demo user, through the same checks as a request. */
	private <T> T as(String username, Supplier<T> step) {
		UserDetails user = this.users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return step.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
