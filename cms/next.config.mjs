import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(dirname, '..')

/** The Next.js app of the CMS lives in cms/; payload.config.ts and shared code sit one level up. */
const nextConfig = {
  distDir: '.next',
  outputFileTracingRoot: root,
  turbopack: { root },
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: true }, // `npm run typecheck` checks the whole project
  // Turbopack's build cache makes a later build of the same checkout faster (about half the time),
  // and writing it costs about 10 s. CI builds each fresh clone once: no cache there.
  experimental: {
    turbopackFileSystemCacheForBuild: process.env.CI !== 'true',
    // Keep class and function names in the server build: Payload names its errors by class
    // (`Forbidden`, `ValidationError` in API answers, and the log level it picks), and stack
    // traces in the logs stay readable. Measured: 78 instead of 56 MB of server chunks on disk,
    // the CMS process 324 instead of 270 MB after the same requests (one sample each).
    serverMinification: false,
  },
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
