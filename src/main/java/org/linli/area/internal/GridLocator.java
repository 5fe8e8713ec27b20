package org.linli.area.internal;

import java.util.Optional;

import org.linli.area.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Holds the current {@link GridIndex}. Lookups read a volatile reference and never wait;
 * a rebuild reads every grid from the database and swaps the reference when done.
 * Rebuilds run one at a time, each after the change that caused it has committed, so the
 * last one always sees every committed grid.
 */
@Component
public class GridLocator implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(GridLocator.class);

	private final AreaRepository repository;

	private volatile GridIndex index = GridIndex.EMPTY;

	GridLocator(AreaRepository repository) {
		this.repository = repository;
	}

	@Override
	public void afterSingletonsInstantiated() {
		rebuild();
	}

	public Optional<Location> locate(double lat, double lon) {
		return this.index.locate(lat, lon);
	}

	/** Rebuilds once the current transaction commits, or now when there is none. */
	void rebuildAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					rebuild();
				}
			});
		}
		else {
			rebuild();
		}
	}

	synchronized void rebuild() {
		long start = System.nanoTime();
		GridIndex.Builder builder = new GridIndex.Builder();
		this.repository.forEachGrid(builder::add);
		this.index = builder.build();
		log.info("Grid index rebuilt: {} grids in {} ms", this.index.size(), (System.nanoTime() - start) / 1_000_000);
	}

}
