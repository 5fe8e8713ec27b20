package org.linli.deliberation.internal;

import java.util.Optional;

import org.linli.area.Area;
import org.linli.area.AreaLevel;
import org.linli.area.Areas;

/** The areas a matter, a committee or a convention may belong to. */
final class MatterAreas {

	private MatterAreas() {
	}

	/** A community, grid or building the area tree knows. */
	static Optional<Area> find(Areas areas, String code) {
		return AreaLevel.ofCode(code)
			.filter((level) -> level == AreaLevel.COMMUNITY || level == AreaLevel.GRID || level == AreaLevel.BUILDING)
			.flatMap((level) -> areas.find(code));
	}

}
