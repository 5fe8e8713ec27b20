/**
 * Concerns (cases) from intake to evaluation: triage into the three affairs, orders to
 * departments with working-time deadlines, returns and the street's ruling, verification,
 * rework, evaluation and reopening, the street's whistle, and an append-only timeline.
 * Other modules listen to the events published here.
 */
package org.linli.cases;
