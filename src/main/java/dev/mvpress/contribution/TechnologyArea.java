package dev.mvpress.contribution;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.mvpress.kernel.TrackedEntity;

/** A technology area of the MVP award, within its award category. */
@Entity
@Table(name = "technology_area")
public class TechnologyArea extends TrackedEntity {

    @Id
    public String key;

    public String name;

    public String awardCategory;

    /** False when the portal no longer has this area: entries that use it are flagged until they move. */
    public boolean inPortal = true;

}
