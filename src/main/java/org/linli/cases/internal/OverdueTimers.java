package org.linli.cases.internal;

import java.time.Instant;
import java.util.Optional;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;

import org.linli.cases.CaseStatus;

import org.springframework.stereotype.Component;

/**
 * Arms a durable timer for every step of a case still open: signing and handling of the
 * active order, report-in of each summoned department. Scheduling writes a row of
 * {@code cases.scheduled_tasks} in the transaction of the change (db-scheduler joins
 * Spring's transaction), so a timer exists exactly when the change was stored; a moved
 * due (extension, resumption) moves the timer.
 */
@Component
class OverdueTimers {

	static final String TASK = "cases-overdue";

	private final SchedulerClient scheduler;

	OverdueTimers(SchedulerClient scheduler) {
		this.scheduler = scheduler;
	}

	void arm(Case saved) {
		saved.activeOrder().ifPresent((order) -> {
			if (order.status == DispatchStatus.DISPATCHED && order.signOverdueAt == null) {
				arm(OverdueTimer.signing(saved.id, order.id), order.signDue);
			}
			if (order.status != DispatchStatus.HANDLED && order.handlingOverdueAt == null
					&& saved.status != CaseStatus.SUSPENDED) {
				arm(OverdueTimer.handling(saved.id, order.id), order.due);
			}
		});
		saved.summons.stream()
			.filter((summons) -> summons.reportedAt == null && summons.overdueAt == null)
			.forEach((summons) -> arm(OverdueTimer.reportIn(saved.id, summons.departmentCode, summons.summonedAt),
					summons.due));
	}

	private void arm(OverdueTimer timer, Instant due) {
		TaskInstanceId id = TaskInstanceId.of(TASK, timer.instanceId());
		Optional<ScheduledExecution<Object>> armed = this.scheduler.getScheduledExecution(id);
		if (armed.isEmpty()) {
			this.scheduler.scheduleIfNotExists(new TaskInstance<Void>(TASK, timer.instanceId()), due);
		}
		else if (!armed.get().isPicked() && !armed.get().getExecutionTime().equals(due)) {
			this.scheduler.reschedule(id, due);
		}
	}

}
