package org.linli.cases;

/**
 * A step in a concern's life that other systems are told about (webhooks, the broker):
 * each names its case in a {@link CaseId} component called {@code id} or {@code caseId}.
 * {@link CaseFacts}, the whole case as the ledger reads it, is not one.
 */
public interface CaseEvent {

}
