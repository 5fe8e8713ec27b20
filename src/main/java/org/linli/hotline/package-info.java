/**
 * The 12345 hotline connector: tickets taken in one by one or from the hotline's CSV and
 * XLSX exports as concerns in the {@code HOTLINE} channel (once per ticket number), the
 * hotline's categories mapped to the catalogue through an editable table, and every
 * status change and the final reply sent back through a durable, retried HTTP callback.
 */
package org.linli.hotline;
