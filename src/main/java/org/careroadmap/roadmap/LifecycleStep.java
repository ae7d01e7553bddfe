package org.careroadmap.roadmap;

/** A step of the review cycle someone may take on a roadmap: 提出, 差戻し, 受理, 公開, 改訂, 次期へ引継ぎ. */
public enum LifecycleStep {
    SUBMIT, RETURN, ACCEPT, PUBLISH, REOPEN, CARRY_FORWARD
}
