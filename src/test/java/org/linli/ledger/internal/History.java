package org.linli.ledger.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.linli.calendar.WorkingCalendar;
import org.linli.cases.CaseFacts;
import org.linli.cases.CaseId;
import org.linli.cases.CaseStatus;
import org.linli.cases.Channel;
import org.linli.cases.Rating;
import org.linli.catalogue.Tier;

/**
 * Builds a case's facts by hand, step by step, with times in Shanghai ("2025-03-03
 * 09:00"), and the ledger's derived deadlines as given.
 */
public final class History {

	private final CaseId id = CaseId.random();

	private final String gridCode;

	private int version;

	private Channel channel = Channel.WEB;

	private String categoryCode = "06010";

	private Tier tier;

	private CaseStatus status = CaseStatus.REPORTED;

	private final Instant reportedAt;

	private Instant registrationDue;

	private Instant registeredAt;

	private Instant closedAt;

	private Instant suspendedAt;

	private int returns;

	private int reworks;

	private int reopenings;

	private Instant claimedAt;

	private Rating rating;

	private Instant evaluatedAt;

	private String guidance;

	private Long closeMinutes;

	private final List<CaseFacts.Order> orders = new ArrayList<>();

	private final List<CaseFacts.Verification> verifications = new ArrayList<>();

	private final List<Instant> verificationDues = new ArrayList<>();

	private final List<CaseFacts.Evaluation> evaluations = new ArrayList<>();

	private History(String gridCode, Instant reportedAt) {
		this.gridCode = gridCode;
		this.reportedAt = reportedAt;
		this.registrationDue = reportedAt.plusSeconds(2 * 3600);
	}

	public static History reported(String gridCode, String at) {
		return new History(gridCode, at(at));
	}

	public static Instant at(String shanghai) {
		return LocalDateTime.parse(shanghai.replace(' ', 'T')).atZone(WorkingCalendar.ZONE).toInstant();
	}

	public CaseId id() {
		return this.id;
	}

	public History channel(Channel given) {
		this.channel = given;
		return this;
	}

	public History category(String code) {
		this.categoryCode = code;
		return this;
	}

	public History registrationDue(String at) {
		this.registrationDue = at(at);
		return this;
	}

	public History registered(Tier given, String at) {
		this.tier = given;
		this.registeredAt = at(at);
		this.status = CaseStatus.REGISTERED;
		return this;
	}

	public History dispatched(String department, String at, String due) {
		this.orders
			.add(new CaseFacts.Order(UUID.randomUUID(), department, at(at), at(due), null, null, false, 0, 0, null));
		this.status = CaseStatus.DISPATCHED;
		return this;
	}

	public History returned() {
		CaseFacts.Order last = this.orders.remove(this.orders.size() - 1);
		this.orders.add(new CaseFacts.Order(last.id(), last.departmentCode(), last.dispatchedAt(), last.due(),
				last.signedAt(), last.handledAt(), true, last.extensions(), last.reworks(), last.result()));
		this.returns++;
		this.status = CaseStatus.REGISTERED;
		return this;
	}

	public History extended(String newDue) {
		CaseFacts.Order last = this.orders.remove(this.orders.size() - 1);
		this.orders.add(new CaseFacts.Order(last.id(), last.departmentCode(), last.dispatchedAt(), at(newDue),
				last.signedAt(), last.handledAt(), false, last.extensions() + 1, last.reworks(), last.result()));
		return this;
	}

	public History suspended(String at) {
		this.suspendedAt = at(at);
		this.status = CaseStatus.SUSPENDED;
		return this;
	}

	public History handled(String at, String verificationDue, String result) {
		this.verifications.add(new CaseFacts.Verification(at(at), null, null));
		this.verificationDues.add(at(verificationDue));
		if (!this.orders.isEmpty()) {
			CaseFacts.Order last = this.orders.remove(this.orders.size() - 1);
			this.orders.add(new CaseFacts.Order(last.id(), last.departmentCode(), last.dispatchedAt(), last.due(),
					last.dispatchedAt(), at(at), false, last.extensions(), last.reworks(), result));
		}
		this.status = CaseStatus.HANDLED;
		return this;
	}

	public History verified(String at, boolean passed, long closeWorkingMinutes) {
		CaseFacts.Verification open = this.verifications.remove(this.verifications.size() - 1);
		this.verifications.add(new CaseFacts.Verification(open.handledAt(), at(at), passed));
		if (passed) {
			this.closedAt = at(at);
			this.closeMinutes = closeWorkingMinutes;
			this.status = CaseStatus.CLOSED;
		}
		else {
			this.reworks++;
			this.status = this.orders.isEmpty() ? CaseStatus.COMMUNITY_HANDLING : CaseStatus.IN_PROGRESS;
		}
		return this;
	}

	public History guided(String at, String given) {
		this.guidance = given;
		this.closedAt = at(at);
		this.closeMinutes = 0L;
		this.status = CaseStatus.CLOSED;
		return this;
	}

	public History claimed(String at) {
		this.claimedAt = at(at);
		return this;
	}

	public History rated(Rating given, String at) {
		this.rating = given;
		this.evaluatedAt = at(at);
		this.evaluations.add(new CaseFacts.Evaluation(at(at), given));
		return this;
	}

	public History reopened() {
		this.status = CaseStatus.REGISTERED;
		this.closedAt = null;
		this.closeMinutes = null;
		this.rating = null;
		this.evaluatedAt = null;
		this.reopenings++;
		return this;
	}

	public CaseFacts facts() {
		this.version++;
		return new CaseFacts(this.id, this.version, "2025310107005" + String.format("%06d", this.version),
				this.gridCode, this.gridCode.substring(0, 12), this.gridCode.substring(0, 9), this.channel,
				this.categoryCode, this.tier, this.status, "concern", "Lane 1", this.guidance, this.reportedAt,
				this.registeredAt, this.closedAt, this.suspendedAt, (this.suspendedAt != null) ? 1 : 0, this.returns,
				this.reworks, this.reopenings, this.claimedAt, this.rating, this.evaluatedAt, this.orders,
				this.verifications, this.evaluations);
	}

	public LedgerFact fact() {
		return new LedgerFact(facts(), this.registrationDue, this.verificationDues, this.closeMinutes);
	}

}
