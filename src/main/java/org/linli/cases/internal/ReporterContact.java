package org.linli.cases.internal;

/**
 * A walk-in or caller's name and phone as stored: sealed (AES-GCM, for an audited reveal)
 * and masked (for everyday views). Null parts were not given.
 */
record ReporterContact(byte[] sealed, String nameMasked, String phoneMasked) {

	static final ReporterContact NONE = new ReporterContact(null, null, null);

}
