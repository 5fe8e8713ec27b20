package org.linli.notification.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.linli.area.Responsibilities;
import org.linli.cases.CaseClosed;
import org.linli.cases.CaseDispatched;
import org.linli.cases.CaseHandled;
import org.linli.cases.CaseId;
import org.linli.cases.CaseReturned;
import org.linli.cases.OrderOverdue;
import org.linli.identity.Accounts;
import org.linli.identity.Accounts.AccountView;
import org.linli.identity.Role;
import org.linli.notification.Notification;
import org.linli.notification.Notifier;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Who hears of which step of a case. Each listener runs after the case's transaction
 * commits, in its own transaction; the event publication registry keeps the event until
 * the listener succeeds, so a failed delivery is retried rather than lost.
 */
@Component
class CaseNotifications {

	private final List<Notifier> notifiers;

	private final Accounts accounts;

	private final Responsibilities responsibilities;

	CaseNotifications(List<Notifier> notifiers, Accounts accounts, Responsibilities responsibilities) {
		this.notifiers = notifiers;
		this.accounts = accounts;
		this.responsibilities = responsibilities;
	}

	/** The handlers of the department the order went to, to sign for it. */
	@ApplicationModuleListener
	void on(CaseDispatched event) {
		send(handlersOf(event.departmentCode()), "CASE_DISPATCHED", "notification.case.dispatched", event.id(),
				event.number());
	}

	/** The street's dispatchers, to dispatch again or to rule. */
	@ApplicationModuleListener
	void on(CaseReturned event) {
		send(dispatchersOf(event.streetCode()), "CASE_RETURNED",
				event.awaitingRuling() ? "notification.case.returned-for-ruling" : "notification.case.returned",
				event.id(), event.number(), event.departmentCode());
	}

	/**
	 * An open step passed its due: the department that owes it and the street's
	 * dispatchers, who escalate.
	 */
	@ApplicationModuleListener
	void on(OrderOverdue event) {
		List<String> recipients = new ArrayList<>(handlersOf(event.departmentCode()));
		recipients.addAll(dispatchersOf(event.streetCode()));
		send(recipients, "ORDER_OVERDUE", "notification.case.overdue." + event.step().name(), event.caseId(),
				event.number(), event.departmentCode());
	}

	/** The grid worker, to verify the result on site. */
	@ApplicationModuleListener
	void on(CaseHandled event) {
		String gridWorker = this.responsibilities.ofGrid(event.gridCode()).gridWorker();
		if (gridWorker != null) {
			send(List.of(gridWorker), "CASE_HANDLED", "notification.case.handled", event.id(), event.number());
		}
	}

	/** The reporting resident and the case's followers, to evaluate. */
	@ApplicationModuleListener
	void on(CaseClosed event) {
		Set<String> residents = new LinkedHashSet<>();
		if (event.reporter() != null) {
			residents.add(event.reporter());
		}
		residents.addAll(event.followers());
		send(List.copyOf(residents), "CASE_CLOSED", "notification.case.closed", event.id(), event.number());
	}

	private List<String> handlersOf(String departmentCode) {
		return enabled().stream()
			.filter((account) -> account.roles().contains(Role.DEPARTMENT_HANDLER))
			.filter((account) -> departmentCode.equals(account.departmentCode()))
			.map(AccountView::username)
			.toList();
	}

	private List<String> dispatchersOf(String streetCode) {
		return enabled().stream()
			.filter((account) -> account.roles().contains(Role.DISPATCHER))
			.filter((account) -> account.areaCodes().stream().anyMatch(streetCode::startsWith))
			.map(AccountView::username)
			.toList();
	}

	private List<AccountView> enabled() {
		return this.accounts.all().stream().filter(AccountView::enabled).toList();
	}

	private void send(List<String> recipients, String kind, String subjectKey, CaseId caseId, String... args) {
		String link = "/api/v1/cases/" + caseId;
		for (String recipient : recipients) {
			Notification notification = new Notification(recipient, kind, subjectKey, List.of(args), link);
			this.notifiers.forEach((notifier) -> notifier.notify(notification));
		}
	}

}
