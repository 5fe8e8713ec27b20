/**
 * Self-governance (居民说事、一事一议、131 院落自治): residents raise a matter, discuss it in meetings
 * with minutes, the council decides whether to put it to a vote, households vote (one
 * household one vote, or the owners' double majority of Civil Code art. 278), the cost is
 * shared among households, the owners' committee executes it comparing quotes, the
 * supervisory committee signs it off, residents rate it, and the rule that came out of it
 * joins the residents' convention. Every change is in the matter's append-only timeline.
 */
package org.linli.deliberation;
