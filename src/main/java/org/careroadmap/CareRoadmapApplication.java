package org.careroadmap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Care Roadmap: authoring, checking and publishing 地域包括ケアシステム推進ロードマップ. */
@SpringBootApplication
public class CareRoadmapApplication {

    public static void main(String[] args) {
        SpringApplication.run(CareRoadmapApplication.class, args);
    }
}
