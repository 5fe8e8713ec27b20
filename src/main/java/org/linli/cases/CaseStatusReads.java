package org.linli.cases;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Read access to where concerns stand for the systems that exchange them (Open311, the
 * hotline, webhooks). No scope check: callers decide what they may publish; the views
 * carry no reporter's name or phone, but descriptions and replies are free text.
 */
public interface CaseStatusReads {

	Optional<CaseStatusView> find(CaseId id);

	/** The concerns with these numbers, unknown numbers left out, in no given order. */
	List<CaseStatusView> findByNumbers(Collection<String> numbers);

	List<CaseStatusView> search(CaseStatusQuery query);

	/**
	 * The public steps taken in the query's {@code [from, to)} by the concerns its
	 * categories and ids select, whenever they were reported; {@code open} is ignored.
	 * Oldest first.
	 */
	List<CaseStatusUpdate> updates(CaseStatusQuery query);

}
