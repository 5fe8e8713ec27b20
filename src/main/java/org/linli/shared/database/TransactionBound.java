package org.linli.shared.database;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * State kept for the current transaction under a key: found again by whatever runs later
 * in the same transaction, set aside while an inner transaction of its own runs (that one
 * starts without it), and dropped when the transaction ends.
 */
public abstract class TransactionBound implements TransactionSynchronization {

	private final Object key;

	protected TransactionBound(Object key) {
		this.key = key;
	}

	/** What is bound under the key in the current transaction, or null. */
	@SuppressWarnings("unchecked")
	public static <T extends TransactionBound> T find(Object key) {
		return (T) TransactionSynchronizationManager.getResource(key);
	}

	/**
	 * Binds this to the current transaction; there must be one (with synchronization).
	 */
	public void bind() {
		TransactionSynchronizationManager.bindResource(this.key, this);
		TransactionSynchronizationManager.registerSynchronization(this);
	}

	@Override
	public void suspend() {
		TransactionSynchronizationManager.unbindResource(this.key);
	}

	@Override
	public void resume() {
		TransactionSynchronizationManager.bindResource(this.key, this);
	}

	@Override
	public void afterCompletion(int status) {
		TransactionSynchronizationManager.unbindResource(this.key);
	}

}
