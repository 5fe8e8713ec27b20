package org.linli.deliberation.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.linli.area.Area;
import org.linli.area.Areas;
import org.linli.deliberation.Committee;
import org.linli.identity.Accounts;
import org.linli.identity.CurrentUser;
import org.linli.identity.Role;
import org.linli.identity.Scope;
import org.linli.shared.FieldProblem;
import org.linli.shared.ForbiddenException;
import org.linli.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The standing bodies of an area: its residents' convention with every version, and the
 * members of its council, owners' committee and supervisory committee — seen by whoever
 * may see the area's matters, appointed by the staff covering it.
 */
@Service
@Transactional
public class CommunityBodies {

	private final Seats seats;

	private final Committees committees;

	private final Conventions conventions;

	private final Areas areas;

	private final Accounts accounts;

	private final Clock clock;

	CommunityBodies(Seats seats, Committees committees, Conventions conventions, Areas areas, Accounts accounts,
			Clock clock) {
		this.seats = seats;
		this.committees = committees;
		this.conventions = conventions;
		this.areas = areas;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public MatterViews.ConventionView convention(String areaCode, Integer version) {
		Scope scope = CurrentUser.scope();
		Area area = MatterAreas.find(this.areas, String.valueOf(areaCode))
			.filter((found) -> this.seats.canSee(scope, found.code(), this.seats.of(scope, found.code())))
			.orElseThrow(() -> new NotFoundException("deliberation.error.convention-not-found"));
		int latest = this.conventions.latest(area.code());
		if (latest == 0) {
			return new MatterViews.ConventionView(area.code(), area.name(), 0, 0, List.of(), List.of());
		}
		int shown = (version != null) ? version : latest;
		return new MatterViews.ConventionView(area.code(), area.name(), shown, latest,
				this.conventions.articles(area.code(), shown), this.conventions.versions(area.code()));
	}

	/** The areas above and at the given one that have a convention, for links. */
	@Transactional(readOnly = true)
	public List<Area> conventionsFor(String areaCode) {
		return this.conventions.areasCovering(areaCode)
			.stream()
			.map(this.areas::find)
			.flatMap(Optional::stream)
			.toList();
	}

	@Transactional(readOnly = true)
	public List<MatterViews.MemberView> committee(String areaCode) {
		Scope scope = CurrentUser.scope();
		Area area = MatterAreas.find(this.areas, String.valueOf(areaCode))
			.filter((found) -> this.seats.canSee(scope, found.code(), this.seats.of(scope, found.code())))
			.orElseThrow(() -> new NotFoundException("deliberation.error.area-not-found"));
		Names names = new Names(this.accounts, false);
		return this.committees.serving(area.code())
			.stream()
			.map((member) -> new MatterViews.MemberView(member.areaCode(), member.committee(), member.username(),
					names.of(member.username())))
			.toList();
	}

	/** Staff covering the area (or an administrator) appoint a member by account. */
	public List<MatterViews.MemberView> appoint(String areaCode, String committee, String username) {
		List<FieldProblem> problems = new ArrayList<>();
		Committee body = Inputs.parse(Committee.class, committee, "committee", problems);
		String user = Inputs.text(username);
		if (user == null || this.accounts.scopeOf(user).isEmpty()) {
			problems.add(new FieldProblem("username", "deliberation.error.account-unknown"));
		}
		Inputs.refuseIfAny(problems);
		Area area = managedArea(areaCode);
		this.committees.appoint(area.code(), body, user, CurrentUser.scope().username(), this.clock.instant());
		return committee(area.code());
	}

	public List<MatterViews.MemberView> dismiss(String areaCode, String committee, String username) {
		List<FieldProblem> problems = new ArrayList<>();
		Committee body = Inputs.parse(Committee.class, committee, "committee", problems);
		Inputs.refuseIfAny(problems);
		Area area = managedArea(areaCode);
		if (!this.committees.dismiss(area.code(), body, String.valueOf(username))) {
			throw new NotFoundException("deliberation.error.member-not-found");
		}
		return committee(area.code());
	}

	private Area managedArea(String areaCode) {
		Scope scope = CurrentUser.scope();
		Area area = MatterAreas.find(this.areas, String.valueOf(areaCode))
			.filter((found) -> this.seats.canSee(scope, found.code(), this.seats.of(scope, found.code())))
			.orElseThrow(() -> new NotFoundException("deliberation.error.area-not-found"));
		if (!scope.isAdmin() && !(scope.has(Role.COMMUNITY_STAFF) && scope.covers(area.code()))) {
			throw new ForbiddenException("deliberation.error.not-your-action");
		}
		return area;
	}

}
