package org.linli.hotline.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.linli.calendar.WorkingCalendar;
import org.linli.cases.CaseId;
import org.linli.cases.CaseIntake;
import org.linli.cases.CaseStatusReads;
import org.linli.cases.Channel;
import org.linli.cases.ExternalReport;
import org.linli.cases.Priority;
import org.linli.cases.IntakeReceipt;
import org.linli.identity.CurrentUser;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;
import org.linli.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes hotline tickets in as concerns of the {@code HOTLINE} channel, once per ticket
 * number: a ticket seen before answers the concern it became, whatever its content now.
 * The hotline's category is mapped through the editable table; an unmapped one leaves the
 * category to triage (and shows on the admin page). A ticket without coordinates waits
 * for its spot (待定位), acknowledged and kept, until a dispatcher picks it on the map or
 * the hotline sends it again with coordinates.
 */
@Service
public class Tickets {

	private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy[-][/]M[-][/]d[ ]['T']H:mm[:ss]");

	private final JdbcClient jdbc;

	private final CaseIntake intake;

	private final CaseStatusReads reads;

	private final CategoryMappings mappings;

	private final AwaitingLocation awaiting;

	private final AddressHint hint;

	private final Clock clock;

	Tickets(JdbcClient jdbc, CaseIntake intake, CaseStatusReads reads, CategoryMappings mappings,
			AwaitingLocation awaiting, AddressHint hint, Clock clock) {
		this.jdbc = jdbc;
		this.intake = intake;
		this.reads = reads;
		this.mappings = mappings;
		this.awaiting = awaiting;
		this.hint = hint;
		this.clock = clock;
	}

	@Transactional
	public TicketReceipt take(TicketForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		String number = text(form.ticketNumber());
		if (number == null || !NUMBER.matcher(number).matches()) {
			problems.add(new FieldProblem("ticketNumber", "hotline.error.ticket-number"));
		}
		Instant receivedAt = instant(form.receivedAt(), "receivedAt", true, problems);
		Instant deadline = instant(form.deadline(), "deadline", false, problems);
		String urgency = HotlineWords.urgency(form.urgency());
		if (urgency == null) {
			problems.add(new FieldProblem("urgency", "hotline.error.urgency", form.urgency()));
		}
		if (text(form.content()) == null) {
			problems.add(new FieldProblem("content", "hotline.error.required"));
		}
		if ((form.lat() == null) != (form.lon() == null)) {
			problems.add(new FieldProblem((form.lat() == null) ? "lat" : "lon", "hotline.error.location"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("hotline.error.invalid", problems);
		}
		this.jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
			.param("key", "hotline:" + number)
			.query()
			.singleRow();
		Optional<TicketReceipt> known = find(number);
		if (known.isPresent()) {
			return known.get();
		}
		String hotlineCategory = text(form.hotlineCategory());
		String categoryCode = (hotlineCategory != null) ? this.mappings.categoryOf(hotlineCategory).orElse(null) : null;
		if (form.lat() == null) {
			boolean held = this.awaiting.hold(number, form, receivedAt, importer());
			return TicketReceipt.awaitingLocation(number, categoryCode, held);
		}
		IntakeReceipt receipt = this.intake.take(new ExternalReport(Channel.HOTLINE, number, form.lat(), form.lon(),
				text(form.address()), text(form.content()), categoryCode, text(form.callerName()),
				text(form.callerPhone()), null, Priority.valueOf(urgency), deadline));
		this.jdbc.sql("""
				insert into hotline.ticket (ticket_number, case_id, case_number, received_at, hotline_category,
				       category_code, urgency, hotline_deadline, imported_by, imported_at)
				values (:number, :caseId, :caseNumber, :receivedAt, :hotlineCategory, :categoryCode, :urgency,
				       :deadline, :importedBy, :now)""")
			.param("number", number)
			.param("caseId", receipt.id().value())
			.param("caseNumber", receipt.number())
			.param("receivedAt", Timestamp.from(receivedAt))
			.param("hotlineCategory", hotlineCategory)
			.param("categoryCode", categoryCode)
			.param("urgency", urgency)
			.param("deadline", (deadline != null) ? Timestamp.from(deadline) : null)
			.param("importedBy", importer())
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		this.awaiting.release(number);
		return new TicketReceipt(number, receipt.number(), receipt.status().name(), receipt.gridCode(), categoryCode,
				true);
	}

	/**
	 * Takes a ticket that waited for its spot in at the point picked, exactly as if the
	 * hotline had sent it with these coordinates.
	 * @throws InvalidInputException for a missing point or one outside every grid
	 * ({@code lat})
	 */
	@Transactional
	public TicketReceipt locate(String ticketNumber, Double lat, Double lon) {
		if (lat == null || lon == null) {
			throw new InvalidInputException("lat", "hotline.error.location");
		}
		TicketForm waiting = this.awaiting.ticket(ticketNumber)
			.orElseThrow(() -> new NotFoundException("hotline.error.not-awaiting", ticketNumber));
		return take(new TicketForm(waiting.ticketNumber(), waiting.receivedAt(), waiting.callerName(),
				waiting.callerPhone(), waiting.content(), waiting.address(), lat, lon, waiting.hotlineCategory(),
				waiting.urgency(), waiting.deadline()));
	}

	/** The tickets waiting for their spot, the longest waiting first. */
	@Transactional(readOnly = true)
	public List<WaitingTicket> awaitingLocation(int limit) {
		return this.awaiting.all(limit);
	}

	@Transactional(readOnly = true)
	public WaitingTicket waiting(String ticketNumber) {
		return this.awaiting.find(ticketNumber)
			.orElseThrow(() -> new NotFoundException("hotline.error.not-awaiting", ticketNumber));
	}

	/**
	 * The street or community to start the map at for a waiting ticket: the one its
	 * address names, else the home area.
	 */
	public String proposedArea(WaitingTicket ticket) {
		return this.hint.areaFor(ticket.address(), CurrentUser.scope().areaCodes());
	}

	/** Ticket number and concern of each hotline concern, for the callbacks. */
	Optional<TicketOfCase> ofCase(UUID caseId) {
		return this.jdbc.sql("select ticket_number, case_number from hotline.ticket where case_id = :id")
			.param("id", caseId)
			.query((rs, row) -> new TicketOfCase(rs.getString(1), rs.getString(2)))
			.optional();
	}

	private Optional<TicketReceipt> find(String number) {
		return this.jdbc.sql("select case_id, category_code from hotline.ticket where ticket_number = :number")
			.param("number", number)
			.query((rs, row) -> new Known(new CaseId(rs.getObject(1, UUID.class)), rs.getString(2)))
			.optional()
			.map((known) -> this.reads.find(known.caseId())
				.map((view) -> new TicketReceipt(number, view.number(), view.status().name(), view.gridCode(),
						known.categoryCode(), false))
				.orElseThrow());
	}

	private static String importer() {
		String username = CurrentUser.scope().username();
		if (username != null) {
			return username;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : null;
	}

	private static Instant instant(String text, String field, boolean required, List<FieldProblem> problems) {
		String given = text(text);
		if (given == null) {
			if (required) {
				problems.add(new FieldProblem(field, "hotline.error.required"));
			}
			return null;
		}
		try {
			return OffsetDateTime.parse(given).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDateTime.parse(given, LOCAL).atZone(WorkingCalendar.ZONE).toInstant();
			}
			catch (DateTimeParseException again) {
				problems.add(new FieldProblem(field, "hotline.error.time", given));
				return null;
			}
		}
	}

	private static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	record TicketOfCase(String ticketNumber, String caseNumber) {
	}

	private record Known(CaseId caseId, String categoryCode) {
	}

}
