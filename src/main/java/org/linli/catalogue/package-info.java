/**
 * The category catalogue: the national city-management catalogue (GB/T 47678.5 components
 * and matters) and the social-governance catalogue, each category with its editable
 * triage defaults (tier, department, time limit).
 */
package org.linli.catalogue;
