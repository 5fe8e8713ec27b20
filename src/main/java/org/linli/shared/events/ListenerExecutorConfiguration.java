package org.linli.shared.events;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Runs the modules' asynchronous event listeners on a few threads with a queue, instead
 * of a new virtual thread per event. Each listener runs in its own transaction and holds
 * a database connection; unbounded, a burst of concerns started one listener per module
 * per concern at once, they queued on the ledger's summary rows while holding their
 * connections, and intake starved for connections. Queued events are never lost: every
 * publication is in the event publication registry until its listener completes, and
 * incomplete ones are republished on restart.
 */
@Configuration(proxyBeanMethods = false)
class ListenerExecutorConfiguration {

	@Bean(name = { "applicationTaskExecutor", "taskExecutor" })
	ThreadPoolTaskExecutor applicationTaskExecutor(@Value("${linli.events.listener-threads:4}") int threads) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setThreadNamePrefix("linli-events-");
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(30);
		return executor;
	}

}
