package org.linli.audit;

import java.util.List;

/**
 * One page of audit entries, newest first.
 *
 * @param page zero-based page number
 * @param totalItems how many entries match the query in all
 */
public record AuditPage(List<AuditRecord> items, int page, int size, long totalItems) {

	public AuditPage {
		items = List.copyOf(items);
	}

}
