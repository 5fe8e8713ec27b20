package org.linli.resident.internal;

/**
 * Where a household record sits and whose it is: all that deciding who may see it needs.
 */
interface Placed {

	String gridCode();

	String accountUsername();

}
