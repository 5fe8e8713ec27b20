package org.linli.resident;

/**
 * Groups the community looks after, recorded so that visits and help reach them.
 * Deliberately limited to care needs: categories such as community correction are not
 * kept here (least data).
 */
public enum SpecialGroup {

	ELDERLY_LIVING_ALONE, EMPTY_NEST_ELDERLY, DISABLED, SUBSISTENCE_ALLOWANCE, LEFT_BEHIND_CHILD, VETERAN, SERIOUSLY_ILL

}
