package org.linli.open311;

/**
 * The API keys Open311 clients post with. Administrators issue and revoke keys through
 * the API; this is for keys that come from elsewhere.
 */
public interface Open311Keys {

	/**
	 * Registers a key chosen outside Linli (the demo key, a key carried over from a
	 * former system) unless a key with the same value is already registered.
	 */
	void registerKnown(String name, String key);

}
