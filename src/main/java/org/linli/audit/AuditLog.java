package org.linli.audit;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The append-only log of who did what. Entries can be added and read, never changed or
 * removed (the database refuses it).
 */
public interface AuditLog {

	/**
	 * Appends the entry in the caller's transaction when there is one, so the entry and
	 * the work it records commit or roll back together; otherwise in a transaction of its
	 * own.
	 */
	void record(AuditEntry entry);

	/** The entries matching the query, newest first; for administrators only. */
	@PreAuthorize("hasRole('ADMIN')")
	AuditPage find(AuditQuery query, int page, int size);

}
