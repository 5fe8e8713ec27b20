package org.linli.cases.internal;

import java.time.Clock;
import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OverdueTimerConfiguration {

	/**
	 * The one task behind every overdue timer. A firing that lost a race with a user's
	 * change (stale version) is tried again shortly.
	 */
	@Bean
	OneTimeTask<Void> overdueTask(OverdueCheck check) {
		return Tasks.oneTime(OverdueTimers.TASK)
			.onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(30)))
			.execute((instance, context) -> check.fire(instance.getId()));
	}

	/**
	 * db-scheduler judges a timer due by the same clock the cases module reads "now"
	 * from, so a timer fires when the case says its step is due.
	 */
	@Bean
	com.github.kagkarlsson.scheduler.Clock overdueSchedulerClock(Clock clock) {
		return clock::instant;
	}

}
