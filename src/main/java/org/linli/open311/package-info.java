/**
 * Open311 GeoReport v2 under {@code /open311/v2/}: the resident services with their
 * definitions, requests posted by third-party apps with an API key an administrator
 * issued (they become concerns in the {@code OPEN311} channel), the public feed of
 * requests and their updates (the FixMyStreet extension), in XML and JSON.
 */
package org.linli.open311;
