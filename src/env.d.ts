/// <reference types="astro/client" />

// tsc (npm run typecheck) does not read .astro files; Astro's compiler checks them at build.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
