package org.linli.resident;

/**
 * How a resident is related to the head of the household.
 */
public enum Relation {

	HEAD, SPOUSE, CHILD, CHILD_IN_LAW, GRANDCHILD, PARENT, PARENT_IN_LAW, GRANDPARENT, SIBLING, OTHER_RELATIVE,
	NON_RELATIVE

}
