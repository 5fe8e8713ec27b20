/**
 * API keys for other systems, each module keeping its own in its own table.
 */
package org.linli.shared.apikey;
