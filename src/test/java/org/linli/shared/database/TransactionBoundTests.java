package org.linli.shared.database;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a transaction keeps for itself is found again within it, is not seen by an inner
 * transaction of its own, and is gone when it ends.
 */
@LinliTest
class TransactionBoundTests {

	private static final Object KEY = new Object();

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void anInnerTransactionStartsWithoutTheOuterOnesStateAndTheOuterOneGetsItsBack() {
		TransactionTemplate outer = new TransactionTemplate(this.transactions);
		TransactionTemplate inner = new TransactionTemplate(this.transactions);
		inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		List<String> seen = new ArrayList<>();
		outer.executeWithoutResult((status) -> {
			new Kept("outer").bind();
			inner.executeWithoutResult((nested) -> {
				seen.add(String.valueOf(TransactionBound.<Kept>find(KEY)));
				new Kept("inner").bind();
				seen.add(TransactionBound.<Kept>find(KEY).name);
			});
			seen.add(TransactionBound.<Kept>find(KEY).name);
		});
		assertThat(seen).containsExactly("null", "inner", "outer");
		assertThat(TransactionBound.<Kept>find(KEY)).as("gone after the transaction").isNull();
	}

	@Test
	void stateKeptByATransactionThatRolledBackIsGone() {
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		transaction.executeWithoutResult((status) -> {
			new Kept("rolled back").bind();
			status.setRollbackOnly();
		});
		assertThat(TransactionBound.<Kept>find(KEY)).isNull();
	}

	private static final class Kept extends TransactionBound {

		private final String name;

		Kept(String name) {
			super(KEY);
			this.name = name;
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

}
