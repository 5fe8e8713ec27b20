package org.linli.deliberation;

/**
 * How a cost is shared among households (打平伙): the same for each, in proportion to floor
 * area, or by a weight per floor (a lift: higher floors pay more, the ground floor may
 * pay nothing).
 */
public enum CostMethod {

	EQUAL, BY_AREA, BY_FLOOR_WEIGHTS

}
