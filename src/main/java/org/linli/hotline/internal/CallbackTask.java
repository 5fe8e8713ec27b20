package org.linli.hotline.internal;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CallbackTask {

	/**
	 * Sends due callbacks every few seconds on the cluster's db-scheduler (one node at a
	 * time runs it).
	 */
	@Bean
	RecurringTask<Void> hotlineCallbackTask(CallbackSender sender) {
		return Tasks.recurring("hotline-callbacks", FixedDelay.of(Duration.ofSeconds(5)))
			.execute((instance, context) -> sender.sendDue());
	}

}
