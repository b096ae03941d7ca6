// Next's ambient types (CSS imports, images) without next-env.d.ts, which only exists after a build.
/// <reference types="next" />
/// <reference types="next/image-types/global" />
