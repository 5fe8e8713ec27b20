package org.linli.deliberation;

/**
 * The six stages of a matter (民事民提 → 民议 → 民决 → 民筹 → 民办 → 民评).
 */
public enum MatterStage {

	RAISE, DISCUSS, DECIDE, FUND, EXECUTE, EVALUATE

}
