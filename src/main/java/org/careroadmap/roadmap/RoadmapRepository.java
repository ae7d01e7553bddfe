package org.careroadmap.roadmap;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface RoadmapRepository extends ListCrudRepository<Roadmap, Long> {

    List<Roadmap> findByMunicipalityCode(String municipalityCode);
}
