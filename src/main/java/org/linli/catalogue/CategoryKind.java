package org.linli.catalogue;

/**
 * Which catalogue a category comes from: the national city-management catalogue's
 * components (things in the street, GB/T 47678.5 appendix A) and matters (events and
 * behaviour, appendix C), or the social-governance catalogue.
 */
public enum CategoryKind {

	COMPONENT, MATTER, SOCIAL

}
