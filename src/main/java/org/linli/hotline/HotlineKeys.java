package org.linli.hotline;

/**
 * The API keys a hotline system sends tickets with ({@code X-Hotline-Key}).
 * Administrators issue and revoke keys through the API; this is for keys that come from
 * elsewhere.
 */
public interface HotlineKeys {

	/** Registers a key chosen outside Linli unless the same key is already registered. */
	void registerKnown(String name, String key);

}
