/**
 * The concern ledger (民情账本) and the performance evaluation (行不行群众评): every figure is
 * computed from the case facts that the cases module publishes, kept in this module's own
 * read model (one row per case, and summary tables per day or month maintained from each
 * change), never typed in and never read from the cases tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ledger")
package org.linli.ledger;
