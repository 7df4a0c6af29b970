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
  experimental: { turbopackFileSystemCacheForBuild: process.env.CI !== 'true' },
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
