package org.linli.hotline.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.linli.area.Area;
import org.linli.area.AreaLevel;
import org.linli.area.Areas;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where to start looking on the map for a ticket that has only an address: the community
 * whose name the address mentions (the longest such name), among the communities under
 * the home area and the caller's areas; otherwise the home area itself.
 */
@Component
class AddressHint {

	private final Areas areas;

	private final String homeArea;

	AddressHint(Areas areas, @Value("${linli.map.home-area:}") String homeArea) {
		this.areas = areas;
		this.homeArea = homeArea;
	}

	/** The code of a street or community to centre the map on, or null for none. */
	String areaFor(String address, Collection<String> callerAreas) {
		Set<String> roots = new LinkedHashSet<>();
		if (!this.homeArea.isBlank()) {
			roots.add(this.homeArea.strip());
		}
		roots.addAll(callerAreas);
		Area best = null;
		if (address != null && !address.isBlank()) {
			for (Area community : communitiesUnder(roots)) {
				if (address.contains(community.name())
						&& (best == null || community.name().length() > best.name().length())) {
					best = community;
				}
			}
		}
		if (best != null) {
			return best.code();
		}
		return roots.stream().filter(AddressHint::mappable).findFirst().orElse(null);
	}

	private List<Area> communitiesUnder(Collection<String> roots) {
		List<Area> communities = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		List<String> pending = new ArrayList<>(roots);
		while (!pending.isEmpty()) {
			String code = pending.removeLast();
			AreaLevel level = AreaLevel.ofCode(code).orElse(null);
			if (level == null || !seen.add(code)) {
				continue;
			}
			if (level == AreaLevel.COMMUNITY) {
				this.areas.find(code).ifPresent(communities::add);
			}
			else if (level.ordinal() < AreaLevel.COMMUNITY.ordinal()) {
				this.areas.children(code).forEach((child) -> pending.add(child.code()));
			}
		}
		return communities;
	}

	/** The map draws the grids of a street or a community. */
	private static boolean mappable(String code) {
		return AreaLevel.ofCode(code)
			.filter((level) -> level == AreaLevel.STREET || level == AreaLevel.COMMUNITY)
			.isPresent();
	}

}
