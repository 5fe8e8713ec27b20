/**
 * The front door: the public landing page and each signed-in person's start page,
 * pointing to what their role does.
 */
package org.linli.home;
