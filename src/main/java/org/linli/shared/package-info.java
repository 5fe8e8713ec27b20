/**
 * Shared kernel: the domain exceptions every module throws, and the web plumbing that
 * turns them into localised problem details and error pages.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.linli.shared;

import org.springframework.modulith.ApplicationModule;
