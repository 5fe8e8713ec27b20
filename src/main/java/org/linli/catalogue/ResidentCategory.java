package org.linli.catalogue;

/**
 * A plain-language category a resident picks from (垃圾没人清运, 路灯不亮…), mapped to the
 * catalogue category triage starts from. Texts come in Chinese and English; keywords are
 * comma-separated words a search may match.
 */
public record ResidentCategory(String code, String categoryCode, String name, String nameEn, String description,
		String descriptionEn, String group, String groupEn, String keywords, String keywordsEn) {

	public String name(boolean english) {
		return english ? this.nameEn : this.name;
	}

	public String description(boolean english) {
		return english ? this.descriptionEn : this.description;
	}

	public String group(boolean english) {
		return english ? this.groupEn : this.group;
	}

	public String keywords(boolean english) {
		return english ? this.keywordsEn : this.keywords;
	}

}
