package org.linli.catalogue;

/**
 * The three-affairs split (san shi fen liu): a major affair is for the government to act
 * on, a community affair for the residents to govern themselves, a private affair for the
 * resident to solve with guidance.
 */
public enum Tier {

	MAJOR, COMMUNITY, PRIVATE

}
