/**
 * The leader's cockpit: one page with the street's concerns on a map coloured by open and
 * overdue work, the period's counts as charts, the overdue orders and the departments'
 * load, refreshed while it stays open. It reads the cases module's statistics and keeps
 * no data of its own.
 */
package org.linli.cockpit;
